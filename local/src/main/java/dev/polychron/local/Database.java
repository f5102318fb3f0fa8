package dev.polychron.local;

/** How to reach the PostgreSQL database the timeline service stores into. */
public record Database(String jdbcUrl, String username, String password) {
}
