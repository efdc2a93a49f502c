/**
 * The lambda decoder: turns serializable query lambdas into {@link io.kakaorm.expr.Expr} trees by
 * running their bytecode symbolically with ASM. {@link io.kakaorm.lambda.LambdaDecoder} is the entry
 * point, {@link io.kakaorm.lambda.DecodedLambda} its result; everything else is package-private.
 */
package io.kakaorm.lambda;
