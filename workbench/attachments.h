#pragma once
// The images attached to the user turn being composed (DESIGN.md "Words": a turn may hold
// images). Every way in (a file, a paste, a drop) goes through the same check (images.h): an
// accepted format with a readable header, at most 20 MB; a refusal keeps what was attached and
// says why in error(). The view shows images() as thumbnails and error() as a line of text.

#include "images.h"

#include <QObject>
#include <QStringList>

namespace ik {

class Attachments : public QObject {
    Q_OBJECT
public:
    // More than this in one turn is refused: servers cap images per request (vLLM's default
    // limit_mm_per_prompt is lower still), and a thumbnail row must stay readable.
    static constexpr int kMaxPerTurn = 8;

    using QObject::QObject;

    // False, with error() saying why, when refused.
    bool addFile(const QString& path);
    bool addBytes(const QByteArray& bytes, const QString& name);
    bool removeAt(int index);
    void clear(); // also forgets the last refusal

    QList<ChatImage> images() const { return m_images; }
    QStringList names() const { return m_names; }
    int count() const { return int(m_images.size()); }
    bool isEmpty() const { return m_images.isEmpty(); }
    // "shot.png · PNG, 64×32, 1.2 KB": a thumbnail's tooltip and accessible name.
    QString label(int index) const;
    QString error() const { return m_error; }

signals:
    void changed();
    void errorChanged(const QString& error); // empty: the refusal no longer applies

private:
    bool add(const std::optional<Error>& problem, const ChatImage& image, const QString& name);
    void setError(const QString& error);

    QList<ChatImage> m_images;
    QStringList m_names;
    QString m_error;
};

} // namespace ik
