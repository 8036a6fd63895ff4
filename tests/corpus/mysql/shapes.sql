-- MariaDB/MySQL shapes found in the wild, in the style of mysqldump and of hand-written schema
-- files: backquoted names, ENGINE and CHARSET options, AUTO_INCREMENT (and its table option),
-- UNSIGNED keys, TINYINT(1) booleans, ENUM and SET, DATETIME and TIMESTAMP with
-- CURRENT_TIMESTAMP, separate KEY and UNIQUE KEY clauses, named CONSTRAINT ... FOREIGN KEY, a
-- composite key, a key-less association table, a generated column, comments, a view and a
-- trigger. Statements end with a semicolon at the end of a line.
CREATE TABLE `customer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(120) NOT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `tier` enum('free','pro','team') NOT NULL DEFAULT 'free',
  `flags` set('beta','staff') DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_customer_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='People who order';
CREATE TABLE `product` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL COMMENT 'Shown in the shop',
  `price` decimal(12,2) NOT NULL,
  `price_with_tax` decimal(12,2) GENERATED ALWAYS AS (`price` * 1.2) STORED,
  `picture` mediumblob DEFAULT NULL,
  `description` mediumtext,
  PRIMARY KEY (`id`),
  KEY `idx_product_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `orders` (
  `order_no` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int(10) unsigned NOT NULL,
  `placed` datetime NOT NULL,
  PRIMARY KEY (`order_no`),
  KEY `fk_orders_customer` (`customer_id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `order_line` (
  `order_no` bigint(20) unsigned NOT NULL,
  `line` smallint(6) NOT NULL,
  `product_id` bigint(20) unsigned NOT NULL,
  `quantity` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`order_no`,`line`),
  KEY `product_id` (`product_id`),
  CONSTRAINT `order_line_ibfk_1` FOREIGN KEY (`order_no`) REFERENCES `orders` (`order_no`) ON DELETE CASCADE,
  CONSTRAINT `order_line_ibfk_2` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `category_parent` FOREIGN KEY (`parent_id`) REFERENCES `category` (`id`)
) ENGINE=InnoDB;
CREATE TABLE `product_category` (
  `product_id` bigint(20) unsigned DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  KEY `product_id` (`product_id`),
  KEY `category_id` (`category_id`),
  CONSTRAINT `product_category_ibfk_1` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`),
  CONSTRAINT `product_category_ibfk_2` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`)
) ENGINE=InnoDB;
CREATE TABLE `audit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `what` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `hostile ``name``; drop` (`id` int(11) NOT NULL, `ünïcode` varchar(20) DEFAULT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE VIEW `customer_orders` AS SELECT `c`.`email` AS `email`, count(`o`.`order_no`) AS `orders` FROM `customer` `c` LEFT JOIN `orders` `o` ON `o`.`customer_id` = `c`.`id` GROUP BY `c`.`email`;
CREATE TRIGGER `order_logged` AFTER INSERT ON `orders` FOR EACH ROW INSERT INTO `audit` (`what`) VALUES (CONCAT('order ', NEW.`order_no`));

INSERT INTO `customer` (`id`, `email`, `is_active`, `tier`, `flags`, `created_at`) VALUES
  (1, 'ada@example.org', 1, 'pro', 'beta,staff', '2020-01-01 10:00:00'), (2, 'grace@example.org', 0, 'free', NULL, '2021-06-30 23:59:59');
INSERT INTO `product` (`name`, `price`, `picture`, `description`) VALUES
  ('Teapot', 30.69, X'89504E47', 'Blue, 1.5 litres'), ('Cup', 4.00, NULL, NULL);
INSERT INTO `orders` (`customer_id`, `placed`) VALUES (1, '2022-02-02 12:00:00'), (1, '2022-03-03 08:30:00'), (2, '2022-04-04 00:00:00');
INSERT INTO `order_line` VALUES (1, 1, 1, 1), (1, 2, 2, 4), (2, 1, 2, 2), (3, 1, 1, 1);
INSERT INTO `category` (`parent_id`, `name`) VALUES (NULL, 'Kitchen'), (1, 'Tea'), (2, 'Pots');
INSERT INTO `product_category` VALUES (1, 3), (1, 1), (2, 1), (2, 1);
INSERT INTO `hostile ``name``; drop` VALUES (1, 'ça'), (2, NULL);
