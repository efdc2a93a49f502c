/** The blog models of the README (authors and posts). */
package io.kakaorm.samples.blog;
