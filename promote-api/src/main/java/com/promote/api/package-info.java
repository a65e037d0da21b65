/**
 * The Promote extension SPI: everything an extension author needs, on one page.
 *
 * <h2>What an extension is</h2>
 * An extension adds to what one promoted CSV row does. The core reads the file, finds the
 * lead or contact by email, resolves the team and creates the member; each extension then
 * plans and applies its own part of the row (room permissions, custom fields and billing are
 * all extensions, and use nothing but this package).
 *
 * <h2>Shipping one</h2>
 * <ol>
 *   <li>Write a {@link com.promote.api.PromoteModule} (a Guice module) and list its class name
 *   in your jar's {@code META-INF/services/com.promote.api.PromoteModule}.</li>
 *   <li>In {@code configure()}, bind your row extension with
 *   {@code PromoteBinders.rowExtensions(binder()).addBinding().to(MyExtension.class)}; optionally
 *   JAX-RS resources with {@link com.promote.api.PromoteBinders#resources} and a Liquibase
 *   changelog for your own tables with {@link com.promote.api.PromoteBinders#migrations}
 *   (your tables are yours: list them in {@link com.promote.api.RowExtension#tables()}), and
 *   fields for the teams API with {@link com.promote.api.PromoteBinders#teamFields}.</li>
 *   <li>Drop the jar in the plugins folder ({@code PROMOTE_PLUGINS_DIR}). Compile against this
 *   module with {@code provided} scope: the app carries it, Guice, Jdbi and JAX-RS.</li>
 * </ol>
 * Start-up fails loudly when two extensions share a name, when two claim one column (or one
 * claims a core column), or when more than one takes the unclaimed columns. Extensions run in
 * {@link com.promote.api.RowExtension#order()} order, then by name; never by load order.
 *
 * <h2>One row's life, as an extension sees it</h2>
 * <ol>
 *   <li>{@link com.promote.api.RowExtension#isEnabledFor}: off for a community means your
 *   columns belong to nobody in its files (and so become custom fields).</li>
 *   <li>{@link com.promote.api.RowExtension#checkHeader}: once per file, before any row;
 *   a problem here rejects the whole file.</li>
 *   <li>{@link com.promote.api.RowExtension#plan}: read-only. Return every problem you find
 *   ({@link com.promote.api.PlanResult#failed}), or a plan plus what the row's result should
 *   show. A dry run stops here.</li>
 *   <li>{@link com.promote.api.RowExtension#write}: for a promoted row, hand the engine the rows
 *   you want in your own tables ({@link com.promote.api.Writes#insertInto}); never open a
 *   connection, transaction or batch. The engine writes every extension's rows of a batch
 *   together (one JDBC batch per table) in the batch's transaction; when a batch fails it is
 *   rolled back and written again row by row, each row in a savepoint, so one bad row fails
 *   alone and nothing of it is written. An id your later insert needs (a membership's, on an
 *   invoice line) is the earlier {@link com.promote.api.Insert} itself, passed as a value. Work
 *   outside the database goes to {@link com.promote.api.Writes#afterCommit}.</li>
 *   <li>{@link com.promote.api.RowExtension#undo}: many members at once, in the undo's
 *   transaction.</li>
 * </ol>
 */
package com.promote.api;
