package com.example.gateway.client;

/** A rate limit as the gateway reports it in its response headers. */
public record RateLimit(int limit, int remaining) {

    public static RateLimit parse(String limitHeader, String remainingHeader) {
        return new RateLimit(Integer.parseInt(limitHeader.strip()), Integer.parseInt(remainingHeader.strip()));
    }

    public boolean exhausted() {
        return remaining <= 0;
    }
}
