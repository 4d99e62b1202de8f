package io.cartlog.command.common;

import io.cartlog.events.common.Ids;
import org.springframework.stereotype.Component;

@Component
class UlidIdSource implements IdSource {

    @Override
    public String next(String prefix) {
        return Ids.next(prefix);
    }
}
