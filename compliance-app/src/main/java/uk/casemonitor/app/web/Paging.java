package uk.casemonitor.app.web;

/** The one check on {@code page} and {@code size} query parameters, answered as a 400 naming the field. */
public final class Paging {

    private Paging() {
    }

    public static void requireValid(int page, int size, int maxSize) {
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new BadRequestException("size", "must be between 1 and " + maxSize);
        }
    }
}
