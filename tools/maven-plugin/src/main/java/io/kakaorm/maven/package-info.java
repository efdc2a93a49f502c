/** The kakaorm Maven plugin: goals over the project compiled model classes. */
package io.kakaorm.maven;
