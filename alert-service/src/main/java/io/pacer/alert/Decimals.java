package io.pacer.alert;

import java.math.BigDecimal;
import java.math.MathContext;

import org.bson.types.Decimal128;

/** BigDecimal ↔ BSON Decimal128: exact to 34 significant digits, which is beyond any figure Pacer accepts. */
public final class Decimals {

    private Decimals() {
    }

    public static Decimal128 toBson(BigDecimal value) {
        return value == null ? null : new Decimal128(value.round(MathContext.DECIMAL128));
    }

    public static BigDecimal fromBson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return new BigDecimal(value.toString());
    }
}
