package org.grantsplatform.associations.validation;

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
import java.time.Year;
import java.time.ZoneOffset;

/** A calendar year from {@code min} up to the current year (UTC); null passes. */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = PastOrPresentYear.Validator.class)
public @interface PastOrPresentYear {

    String message() default "must be a year from {min} to the current year";

    int min();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PastOrPresentYear, Integer> {

        private int min;

        @Override
        public void initialize(PastOrPresentYear annotation) {
            min = annotation.min();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || (value >= min && value <= Year.now(ZoneOffset.UTC).getValue());
        }
    }
}
