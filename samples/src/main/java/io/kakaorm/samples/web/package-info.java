/**
 * The web sample: the seed's FastAPI todo API on Vert.x Web. {@link io.kakaorm.samples.web.TodoApp}
 * starts it; its OpenAPI 3.1 document is generated from the {@link io.kakaorm.samples.web.Todo} model
 * and routes and validates every request.
 */
package io.kakaorm.samples.web;
