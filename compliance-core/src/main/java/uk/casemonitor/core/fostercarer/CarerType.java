package uk.casemonitor.core.fostercarer;

/** Connected (family-and-friends) carers have 18 months rather than 12 for the TSD standards. */
public enum CarerType {
    MAINSTREAM,
    CONNECTED
}
