#pragma once
// An evaluation set (DESIGN.md "Words"): a dataset of variable rows, a prompt template with
// {{variable}} placeholders, the workloads it runs against (by reference, never with a key) and
// their parameters, and assertions per set and per row. Saved as one JSON file that the window
// and ik-call both read. Pure apart from reading the set's own data file.
//
// The file (format "ik-eval-set", version 1):
// {"format": "ik-eval-set", "version": 1, "name": "Support prompts",
//  "dataset": {"path": "support.jsonl"}            (CSV or JSONL, relative to this file)
//           | {"rows": [{"question": "..."}, ...]},
//  "prompt": {"system": "...", "user": "Answer: {{question}}"}
//          | {"messages": [{"role": "user", "content": "..."}, ...]},
//  "workloads": [{"workload": "acme/support-bot",     (a stored workload's id or name, or
//                 "temperature": 0, "max_tokens": 200,  project/slug)
//                 "tools": [...], "tool_choice": "auto", "response_format": {...},
//                 "images_column": "image", "price": {"input_per_million": 0.2, ...},
//                 "concurrency": 4}],
//  "assertions": [{"type": "contains", "value": "{{product}}"}, ...]}
// Columns a row may hold besides its variables: "expected" (what equals and similar compare
// to), "assert" (more assertions for that row: an array, or its JSON text in CSV), "fault" (the
// sandbox's X-Sandbox-Fault for that row) and each workload's images column (image paths,
// relative to the set file, separated by '|').

#include "cost.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ik::eval {

// Where a problem is: the file, and inside it a data row (1-based: in a CSV file the header
// does not count, so row 1 is line 2) and a field.
struct Issue {
    QString file;
    int row = 0; // 0: not about one row
    QString field;
    QString message;
    QString text() const; // "support.csv, row 3, field "assert": ..."
};

enum class AssertionKind {
    Equals,
    Contains,
    NotContains,
    Regex,
    JsonValid,
    JsonSchemaValid,
    ToolCalled,
    MaxLatency,
    MaxTokens,
    MaxCost,
    Similar, // semantic similarity to the expected answer, through an embedding workload
    Judge,   // a grade by a judge workload against a rubric
};
QString assertionKindName(AssertionKind kind); // "equals", "not-contains", "json-schema-valid"...
std::optional<AssertionKind> assertionKindFromName(const QString& name);
// Similar and judge are decided by another workload's answer, not by the answer alone.
bool needsNetwork(AssertionKind kind);

struct Assertion {
    AssertionKind kind = AssertionKind::Contains;
    QString name;             // optional label (JUnit test case name); else a description
    QString value;            // equals, contains, not-contains; may hold {{variables}}
    bool useExpected = false; // equals / similar without a value: the row's expected
    bool caseSensitive = true;
    QString pattern;          // regex; tool-called: arguments pattern
    QJsonValue schema;        // json-schema-valid; tool-called: arguments schema
    QString tool;             // tool-called: the function name (empty: any tool)
    QString measure;          // max-latency: "total" or "first_token"; max-tokens: "completion"
                              // or "total"
    double limit = 0;         // max-latency ms, max-tokens, max-cost, similar/judge threshold
    QString workload;         // similar, judge: the workload that decides
    QString rubric;           // judge
    QString describe() const; // "contains \"refund\"", "latency ≤ 2000 ms (total)"
};

// One workload the set runs against, and its parameters.
struct WorkloadUse {
    QString ref; // a stored workload's id or name, or project/slug
    ChatParams params;
    QByteArray tools; // compact JSON array, empty: none
    ToolChoice toolChoice;
    ResponseFormat responseFormat;
    QString imagesColumn;
    std::optional<TokenPrice> price; // "price": {"input_per_million", "output_per_million"}
    std::optional<int> concurrency;  // calls on the wire at once, 1..64; else the run's
};

struct Message {
    QString role;
    QString content; // a template
};

struct Row {
    Row() = default;
    explicit Row(const QJsonObject& vars) { setVars(vars); }
    // Every column, as read. Kept as compact JSON text and parsed when asked for: a dataset of
    // 100,000 rows then costs about its text, not a tree of JSON values per row.
    QJsonObject vars() const;
    void setVars(const QJsonObject& vars);

    QString expected;            // the "expected" column
    QList<Assertion> assertions; // the "assert" column
    QString fault;               // the "fault" column

private:
    QByteArray m_vars;
};

inline constexpr int kMaxWorkloads = 6;

struct EvalSet {
    QString path; // the file it was read from (empty for inline text)
    QString name;
    QString dataPath;        // the dataset file, absolute; empty for inline rows
    QList<Message> messages; // the system message first when there is one
    QList<WorkloadUse> workloads;
    QList<Assertion> assertions;
    QList<Row> rows;
    QStringList columns; // every column seen, in first-seen order

    QString baseDir() const; // where relative paths start
};

struct LoadResult {
    std::optional<EvalSet> set;
    QList<Issue> errors; // empty when set is filled
    bool ok() const { return set.has_value(); }
};

// Reads a set from JSON text; `path` names it in issues and anchors relative data paths.
LoadResult parseEvalSet(const QByteArray& json, const QString& path);
LoadResult loadEvalSet(const QString& path);

// Reads an assertion object; nullopt and *error when it is not one.
std::optional<Assertion> parseAssertion(const QJsonValue& value, QString* error);
QJsonObject assertionToJson(const Assertion& assertion);

// Dataset files: CSV (a header line, RFC 4180 quoting) or JSONL (one object per line), by
// suffix (.csv, .jsonl, .ndjson). Every value of a CSV row is text.
bool readDataset(const QString& path, EvalSet* set, QList<Issue>* errors);
// Fills each row's expected, assertions and fault from its reserved columns, and set->columns.
void readReservedColumns(EvalSet* set, const QString& file, QList<Issue>* errors);

// ---- templating ----
// The {{name}} placeholders of a template, in order, each once. Spaces inside are allowed.
QStringList placeholders(const QString& text);
// The text with each placeholder replaced by the row's value (text as is, other JSON compact).
QString render(const QString& text, const QJsonObject& vars);

struct TemplateCheck {
    QList<Issue> errors;   // a variable a row lacks: the run cannot start
    QList<Issue> warnings; // a column no template reads
    bool ok() const { return errors.isEmpty(); }
};
// Before running: every placeholder of the prompt and of the assertions' texts against every
// row, and every column against what is read (the reserved and images columns count as read).
TemplateCheck checkTemplates(const EvalSet& set);

// The request one row makes to one workload (images not loaded: see imagesFor()).
ChatRequest requestFor(const EvalSet& set, const Row& row, const WorkloadUse& use);
// Absolute image paths of a row for a workload's images column.
QStringList imagesFor(const EvalSet& set, const Row& row, const WorkloadUse& use);
// The assertions that apply to a row (the set's, then its own), their texts rendered.
QList<Assertion> assertionsFor(const EvalSet& set, const Row& row);

} // namespace ik::eval
