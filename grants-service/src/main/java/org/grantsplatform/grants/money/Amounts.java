package org.grantsplatform.grants.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Money held as numeric(19,2): inputs are already checked to have at most 2 decimals by {@code @Money}. */
public final class Amounts {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Amounts() {
    }

    /** The same amount with exactly 2 decimals, as the database holds it; never rounds a checked input. */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }
}
