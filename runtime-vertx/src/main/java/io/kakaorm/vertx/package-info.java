/** The runtime API: {@link io.kakaorm.vertx.KakaORM#connect(String)}, {@link io.kakaorm.vertx.Database}, {@link io.kakaorm.vertx.ConnectOptions}. */
package io.kakaorm.vertx;
