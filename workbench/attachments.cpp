#include "attachments.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace ik {

bool Attachments::addFile(const QString& path) {
    if (count() >= kMaxPerTurn)
        return add(std::nullopt, {}, QFileInfo(path).fileName());
    ChatImage image;
    const std::optional<Error> problem = readImageFile(path, &image);
    return add(problem, image, QFileInfo(path).fileName());
}

bool Attachments::addBytes(const QByteArray& bytes, const QString& name) {
    if (count() >= kMaxPerTurn)
        return add(std::nullopt, {}, name);
    ChatImage image;
    const std::optional<Error> problem = checkImage(bytes, name, &image);
    return add(problem, image, name);
}

bool Attachments::add(const std::optional<Error>& problem, const ChatImage& image,
                      const QString& name) {
    if (problem) {
        setError(problem->message + u' ' + problem->hint);
        return false;
    }
    if (!image.loaded()) { // the turn is full
        setError(tr("%1 was not attached: a turn holds at most %2 images. Remove one first.")
                     .arg(name)
                     .arg(kMaxPerTurn));
        return false;
    }
    m_images.append(image);
    m_names.append(name);
    setError({});
    emit changed();
    return true;
}

bool Attachments::removeAt(int index) {
    if (index < 0 || index >= count())
        return false;
    m_images.removeAt(index);
    m_names.removeAt(index);
    setError({});
    emit changed();
    return true;
}

void Attachments::clear() {
    setError({});
    if (m_images.isEmpty())
        return;
    m_images.clear();
    m_names.clear();
    emit changed();
}

QString Attachments::label(int index) const {
    if (index < 0 || index >= count())
        return {};
    return m_names[index] + u" · "_s + describeImage(m_images[index]);
}

void Attachments::setError(const QString& error) {
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged(error);
}

} // namespace ik
