package com.promote.app.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or a whole resource class) that answers without a signed-in admin.
 * Everything else needs one: {@link AdminsOnly} guards every method Jersey routes to, so a
 * forgotten annotation fails closed, never open.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
