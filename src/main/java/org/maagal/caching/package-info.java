/**
 * The application's in-memory caches: {@link org.maagal.caching.BoundedCache}, which keeps a fixed number of
 * entries at most, whatever requests ask for. It depends on no feature.
 */
@ApplicationModule(displayName = "Caches", allowedDependencies = {})
package org.maagal.caching;

import org.springframework.modulith.ApplicationModule;
