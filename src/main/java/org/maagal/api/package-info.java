/**
 * What every endpoint of {@code /api} shares: errors as problem details
 * ({@code application/problem+json}, never a stack trace) and the OpenAPI description.
 */
package org.maagal.api;
