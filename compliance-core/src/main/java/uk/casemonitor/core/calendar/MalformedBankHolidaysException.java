package uk.casemonitor.core.calendar;

/** The bank-holidays file is not in the published gov.uk shape; the message says where. */
class MalformedBankHolidaysException extends IllegalArgumentException {

    public MalformedBankHolidaysException(String message) {
        super(message);
    }

    public MalformedBankHolidaysException(String message, Throwable cause) {
        super(message, cause);
    }
}
