-- The catalogue: the spec's PRODUCTS entity. Money is NUMERIC, stock can never go below zero,
-- and version counts every change (optimistic locking and an audit aid).
CREATE TABLE products (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           VARCHAR(200)   NOT NULL,
    description    VARCHAR(2000)  NOT NULL DEFAULT '',
    price          NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    stock_quantity INTEGER        NOT NULL CHECK (stock_quantity >= 0),
    category       VARCHAR(100)   NOT NULL DEFAULT '',
    image_url      VARCHAR(500)   NOT NULL DEFAULT '',
    version        BIGINT         NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);

CREATE INDEX products_category_idx ON products (category);
CREATE INDEX products_price_idx ON products (price);
