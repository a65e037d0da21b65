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
 *   fields for the teams API with {@link com.promote.api.PromoteBinders#teamFields}, and fields
 *   for members with {@link com.promote.api.PromoteBinders#memberFields}
 *   ({@link com.promote.api.MemberFields}: the names it adds to a member, and one batched read of
 *   them for a page of members from your own tables; room permissions add {@code groups},
 *   custom fields add {@code customFields}). The core reads no extension's table to show a
 *   member: what no installed extension adds is not shown.</li>
 *   <li>Optionally describe your part of the admin page with
 *   {@code PromoteBinders.pages(binder()).addBinding().toInstance(ExtensionPage.of(...))}.</li>
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
 *   show. A dry run stops here. A problem whose fix you are sure of (exactly one candidate) may
 *   carry it: {@code Problem.inRow(...).suggesting(value, "Did you mean Group Blue?")} offers the
 *   admin that value for the problem's cell (see {@link com.promote.api.Suggestion}); find near
 *   names with {@link com.promote.api.NearNames} and dates written another way with
 *   {@link com.promote.api.WrittenDate} rather than by hand.</li>
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
 *
 * <h2>Your part of the admin page</h2>
 * An extension brings no JavaScript and no template: it describes its part of the page as data
 * ({@link com.promote.api.ExtensionPage}, one per row extension, named by
 * {@link com.promote.api.RowExtension#name()}), and the core page renders every description
 * alike, in the extensions' order:
 * <ul>
 *   <li>{@link com.promote.api.ColumnHelp}: a row of the Migrations tab's column help per column,
 *   with the column's cells in the downloadable example file. Text in {@code `back-quotes`}
 *   shows as code. Where the extension is off for the community, the page adds that its
 *   columns would be saved as custom fields.</li>
 *   <li>{@link com.promote.api.ResultColumn}: columns of a preview's or promotion's rows table,
 *   showing fields of the row's result (what {@link com.promote.api.PlanResult#report()} put
 *   there) as text, a list, name/value pairs, or a line per object from a template such as
 *   {@code "{plan}, first bill {firstBillDate}"} ({@link com.promote.api.ResultField}). Values
 *   are shown as the report gives them, so format dates and money there.</li>
 *   <li>{@link com.promote.api.MemberSection}: a titled section of a member's page whose
 *   tables ({@link com.promote.api.MemberTable}) each list what one of the extension's own
 *   GET routes answers for the member, a column per template
 *   ({@link com.promote.api.TableColumn}).</li>
 * </ul>
 * Every text is put on the page as text, never as HTML.
 */
package com.promote.api;
