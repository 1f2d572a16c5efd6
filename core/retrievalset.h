#pragma once
// The files a retrieval evaluation reads: documents (each with an id) and queries (each with the
// ids of its relevant documents and their grades), checked against each other so that score()
// only ever sees judgements about documents that exist. Pure: QtCore only.
//
// Documents: CSV with a header naming id and text (label optional); JSONL objects
// {"id", "text", "label"?}; or plain .txt, one document per line, its id the line number.
// Queries: CSV with a header naming query and relevant (id optional), relevant as "d1;d7:3"; or
// JSONL {"query", "relevant", "id"?}, relevant as ["d1", "d7:3"], [{"id": "d7", "grade": 3}] or
// {"d1": 1, "d7": 3}. A relevant id without a grade has grade 1.

#include "retrieval.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ik::retrieval {

struct Document {
    QString id;
    QString text;
    QString label; // may be empty
};

struct Documents {
    QList<Document> items;
    QHash<QString, int> row; // id -> index in items
    QString error;           // non-empty: nothing was loaded; says what, where and the fix
    int errorLine = 0;       // 1-based line of the error, 0 when not about a line
    bool ok() const { return error.isEmpty(); }
    bool contains(const QString& id) const { return row.contains(id); }
    QStringList texts() const;
    QStringList ids() const;
};

struct Query {
    QString id; // the file's own, else its number in the file (1, 2, ...)
    QString text;
    Judgements relevant; // never empty; every id is a document's
    int line = 0;        // where it was read, for messages about it
};

struct Queries {
    QList<Query> items;
    QString error;
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// The highest grade a judgement may carry: nDCG's gain is 2^grade - 1, and scales in use run
// from 0-1 to 0-4.
inline constexpr double kMaxGrade = 10;

Documents parseDocumentsCsv(const QByteArray& data);
Documents parseDocumentsJsonl(const QByteArray& data);
Documents parseDocumentsTxt(const QByteArray& data);
// By suffix (.csv, .jsonl / .ndjson, .txt); errors start with the file's name.
Documents loadDocuments(const QString& path);

// Each parser checks every relevant id against `documents`.
Queries parseQueriesCsv(const QByteArray& data, const Documents& documents);
Queries parseQueriesJsonl(const QByteArray& data, const Documents& documents);
Queries loadQueries(const QString& path, const Documents& documents);

} // namespace ik::retrieval
