/**
 * Cross-cutting plumbing shared by every feature module: database start-up, security, web advice, auditing.
 * It depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.antt.infrastructure;

import org.springframework.modulith.ApplicationModule;
