/**
 * The loopback load-run workloads: PK lookup and 1000-row hydration on PostgreSQL and MariaDB, SQLite
 * lookup and insert, and the 20-row filtered {@code list()}; each measures the ORM against the raw client
 * in the same run.
 */
package io.kakaorm.bench.workload;
