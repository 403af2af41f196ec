package com.example.greeter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class GreeterTest {
    @Test
    void greetsByName() {
        assertEquals("Hello, Ada!", Greeter.greet("Ada"));
    }

    @Test
    void dropsSpacesAroundTheName() {
        assertEquals("Hello, Ada!", Greeter.greet("  Ada "));
    }

    @Test
    @Disabled("French greetings come in 1.2")
    void greetsInFrench() {
        assertEquals("Bonjour, Ada !", Greeter.greet("Ada"));
    }
}
