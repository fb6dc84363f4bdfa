package org.grantsplatform.runtime.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount of money that fits {@code numeric(19,2)}: at most 2 decimals, at most 17 integer
 * digits, not negative (and above zero unless {@code zeroAllowed}); null passes.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = Money.Validator.class)
public @interface Money {

    String message() default "must be an amount above 0 with at most 2 decimals and 17 integer digits";

    boolean zeroAllowed() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Money, BigDecimal> {

        private static final BigDecimal LIMIT = new BigDecimal("1E17");
        private boolean zeroAllowed;

        @Override
        public void initialize(Money annotation) {
            zeroAllowed = annotation.zeroAllowed();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int sign = value.signum();
            return (sign > 0 || (zeroAllowed && sign == 0))
                    && value.stripTrailingZeros().scale() <= 2
                    && value.abs().compareTo(LIMIT) < 0;
        }
    }
}
