#pragma once
// The composer's images: an "Attach image…" button, the attached images as thumbnails with a
// remove button each, and the refusal of the last one that was not an image (or too big). Paste
// (a clipboard image or file URLs) and drop on the prompt go through the same Attachments
// object, the workbench state this bar only shows.

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QMimeData;
class QPlainTextEdit;
class QToolButton;

namespace ik {

class Attachments;
class ThumbnailStrip;

class AttachmentBar : public QWidget {
    Q_OBJECT
public:
    // Asks which files to attach; calls back with their paths (none: cancelled).
    using OpenFilesHook =
        std::function<void(const QString& filter, std::function<void(QStringList paths)>)>;

    explicit AttachmentBar(Attachments* attachments, QWidget* parent = nullptr);
    void setOpenFilesHook(OpenFilesHook hook) { m_openFiles = std::move(hook); }

    void chooseFiles(); // the button: the hook, else a non-modal file dialog
    // Attaches what a paste or drop holds: local files by path, else image data (as PNG).
    // False when it held neither, so the editor handles it as text.
    bool take(const QMimeData* mime);
    static bool offersImages(const QMimeData* mime);
    // Paste (Ctrl+V) and drop on this editor attach images instead of inserting text.
    void watch(QPlainTextEdit* editor);

    ThumbnailStrip* strip() const { return m_strip; }
    QString errorShown() const; // the refusal line, empty when hidden

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    Attachments* m_attachments;
    OpenFilesHook m_openFiles;
    // Held as plain objects and only compared: events still arrive while the editor is being
    // destroyed, when it is no longer an editor (or a scroll area) to cast to or ask.
    QPointer<QObject> m_editor;
    QPointer<QObject> m_viewport;
    QToolButton* m_attach;
    ThumbnailStrip* m_strip;
    QLabel* m_error;
};

} // namespace ik
