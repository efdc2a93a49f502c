/** The quickstart: the seed's first example on in-memory SQLite ({@code mvn -q -pl samples -am test-compile exec:java}). */
package io.kakaorm.samples.quickstart;
