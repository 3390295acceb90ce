package uk.casemonitor.app.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.casemonitor.projections.breach.BreachKeeper;
import uk.casemonitor.projections.compliance.DueSoonWatch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live alert feed: every breach change and due-soon reminder, pushed as Server-Sent Events to
 * the managers watching that team, and handed to any other subscriber (the team's webhook).
 */
@Component
class AlertFeed {

    private static final Logger log = LoggerFactory.getLogger(AlertFeed.class);

    private record Subscriber(String team, SseEmitter emitter) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();

    public AlertFeed(BreachKeeper breaches, DueSoonWatch dueSoon) {
        breaches.addListener(change -> publish(Alert.of(change)));
        dueSoon.addListener(due -> publish(Alert.of(due)));
    }

    /** @param team the team whose alerts to receive; null for every team */
    public SseEmitter subscribe(String team) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(team, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        // An event, not a comment, so a page can tell a stream that opened but is held back by a proxy.
        send(subscriber, SseEmitter.event().name("subscribed")
                                   .data(Map.of("team", team == null ? "all teams" : team), MediaType.APPLICATION_JSON));
        return emitter;
    }

    public void addListener(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    /** An alert raised on this node: to the managers watching here and to every listener (webhooks, other nodes). */
    void publish(Alert alert) {
        deliverToSubscribers(alert);
        for (Consumer<Alert> listener : listeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                log.warn("Alert subscriber failed for {}", alert.alertId(), e);
            }
        }
    }

    /**
     * An alert raised on another node of the cluster: only to the managers watching here. That node
     * already handed it to the listeners, the team's webhook queue among them.
     */
    void deliverToSubscribers(Alert alert) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.team() == null || Objects.equals(subscriber.team(), alert.teamId())) {
                send(subscriber, SseEmitter.event().id(alert.alertId()).name(alert.kind()).data(alert));
            }
        }
    }

    /**
     * Ends every open feed as the app begins to stop, so a graceful shutdown does not wait out its
     * grace period for connections that never end by themselves; browsers reconnect to the next instance.
     */
    @EventListener(ContextClosedEvent.class)
    void closeFeeds() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    /**
     * Keeps idle connections (and the proxies between) from timing out; an event, so a page can tell
     * when the stream has stopped reaching it (a buffering proxy) and fall back to reading the register.
     */
    @Scheduled(fixedDelay = 15_000)
    void heartbeat() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().name("heartbeat")
                                                                     .data(Map.of(), MediaType.APPLICATION_JSON)));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }
}
