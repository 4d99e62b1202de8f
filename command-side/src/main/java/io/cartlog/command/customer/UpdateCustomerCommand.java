package io.cartlog.command.customer;

import io.cartlog.command.common.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Map;

/** Changes the profile; an absent field keeps its value, {@code null} clears it. Answers the version. */
public record UpdateCustomerCommand(@TargetAggregateIdentifier String customerId,
                                    @TargetAggregateVersion Long expectedVersion, Patch<String> firstName,
                                    Patch<String> lastName, Patch<String> phone, Patch<String> companyName,
                                    Patch<Map<String, Object>> metadata) {
}
