CREATE TABLE region_view (
    id              VARCHAR(64)   PRIMARY KEY,
    name            VARCHAR(255)  NOT NULL,
    currency_code   VARCHAR(3)    NOT NULL,
    tax_rate        NUMERIC(7, 4) NOT NULL,
    automatic_taxes BOOLEAN       NOT NULL,
    metadata        TEXT,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE region_country (
    region_id VARCHAR(64) NOT NULL REFERENCES region_view (id) ON DELETE CASCADE,
    iso_2     VARCHAR(2)  NOT NULL,
    position  INTEGER     NOT NULL,
    PRIMARY KEY (region_id, iso_2)
);
CREATE INDEX region_country_iso_2_idx ON region_country (iso_2);
