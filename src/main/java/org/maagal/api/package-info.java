/**
 * What every endpoint of {@code /api} shares: errors as problem details
 * ({@code application/problem+json}, never a stack trace), paging of the lists that grow
 * ({@code ?page=&size=} in, {@link org.maagal.api.PageOf} out) and the OpenAPI description.
 */
@ApplicationModule(displayName = "API conventions", allowedDependencies = {})
package org.maagal.api;

import org.springframework.modulith.ApplicationModule;
