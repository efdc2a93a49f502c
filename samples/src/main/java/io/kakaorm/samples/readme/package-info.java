/**
 * Every Java block of the README, as tagged regions ({@code // tag::x[]}) of compiled code that the
 * samples' tests run on SQLite, PostgreSQL and MariaDB.
 */
package io.kakaorm.samples.readme;
