// The images of a run's user turns, in a table of their own: the messages JSON keeps only a
// reference to each (imageReferenceToJson), so listing history never reads image bytes, and
// load() puts the bytes back where the references are.
#include "history.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace ik {

bool History::createImageTable() {
    return exec(u"CREATE TABLE IF NOT EXISTS run_images (run_id INTEGER, turn INTEGER, "
                "idx INTEGER, mime TEXT, bytes BLOB, PRIMARY KEY (run_id, turn, idx)) "
                "WITHOUT ROWID"_s);
}

void History::saveImages(qint64 id, const QList<ChatMessage>& messages) {
    if (id < 0)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO run_images (run_id, turn, idx, mime, bytes) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    bool any = false;
    for (qsizetype turn = 0; turn < messages.size(); ++turn) {
        const QList<ChatImage>& images = messages[turn].images;
        for (qsizetype i = 0; i < images.size(); ++i) {
            if (!images[i].loaded()) // a reference whose bytes this history never had
                continue;
            if (!any)
                db.transaction();
            any = true;
            q.bindValue(0, id);
            q.bindValue(1, int(turn));
            q.bindValue(2, int(i));
            q.bindValue(3, images[i].mime);
            q.bindValue(4, images[i].bytes);
            if (!q.exec())
                m_lastError = q.lastError().text();
        }
    }
    if (any && !db.commit())
        m_lastError = db.lastError().text();
}

void History::loadImages(qint64 id, QList<ChatMessage>* messages) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT turn, idx, bytes FROM run_images WHERE run_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return;
    while (q.next()) {
        const int turn = q.value(0).toInt();
        const int idx = q.value(1).toInt();
        if (turn < 0 || turn >= messages->size() || idx < 0 ||
            idx >= (*messages)[turn].images.size())
            continue; // a row whose reference is gone: nothing to attach it to
        (*messages)[turn].images[idx].bytes = q.value(2).toByteArray();
    }
}

void History::removeImages(qint64 id) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM run_images WHERE run_id = ?"_s);
    q.addBindValue(id);
    q.exec();
}

} // namespace ik
