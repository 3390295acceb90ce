package uk.casemonitor.app.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * The name this node claims event processor segments under in the shared token store
 * ({@code compliance.node-id}; by default the JVM's {@code pid@host}, as Axon itself would use).
 */
@Component
public class NodeId {

    private final String value;

    public NodeId(@Value("${compliance.node-id:}") String configured) {
        this.value = configured == null || configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }

    public String value() {
        return value;
    }
}
