#include "attachmentbar.h"

#include "attachments.h"
#include "theme.h"
#include "thumbnails.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

AttachmentBar::AttachmentBar(Attachments* attachments, QWidget* parent)
    : QWidget(parent), m_attachments(attachments), m_attach(new QToolButton(this)),
      m_strip(new ThumbnailStrip(true, 56, this)), m_error(new QLabel(this)) {
    setObjectName(u"attachmentBar"_s);
    m_attach->setObjectName(u"attachImage"_s);
    m_attach->setText(tr("Attach image…"));
    m_attach->setAccessibleName(tr("Attach image"));
    m_attach->setToolTip(tr("Attach PNG, JPEG, GIF or WebP images (at most 20 MB each) to the "
                            "next user turn. Paste or drop them on the prompt too."));
    m_strip->setObjectName(u"attachments"_s);
    m_error->setObjectName(u"attachmentError"_s);
    m_error->setWordWrap(true);
    theme::setTextTone(m_error, theme::Tone::Warn);
    auto* row = new QHBoxLayout;
    row->addWidget(m_attach, 0, Qt::AlignTop);
    row->addWidget(m_strip, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(m_attach, &QToolButton::clicked, this, &AttachmentBar::chooseFiles);
    connect(m_strip, &ThumbnailStrip::removeRequested, m_attachments, &Attachments::removeAt);
    connect(m_attachments, &Attachments::changed, this, &AttachmentBar::refresh);
    connect(m_attachments, &Attachments::errorChanged, this, &AttachmentBar::refresh);
    refresh();
}

void AttachmentBar::refresh() {
    QList<ThumbnailStrip::Item> items;
    const QList<ChatImage> images = m_attachments->images();
    for (qsizetype i = 0; i < images.size(); ++i)
        items.append(
            {images[i].bytes, images[i].sha256, images[i].format(), m_attachments->label(int(i))});
    m_strip->setItems(items);
    m_error->setText(m_attachments->error());
    m_error->setVisible(!m_attachments->error().isEmpty());
}

QString AttachmentBar::errorShown() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void AttachmentBar::chooseFiles() {
    // "All files" too: a file picked by mistake is refused with what it is, not hidden.
    const QString filter = tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)");
    auto attach = [self = QPointer<AttachmentBar>(this)](const QStringList& paths) {
        if (!self)
            return;
        for (const QString& path : paths)
            if (!self->m_attachments->addFile(path))
                break; // the refusal stays on screen; the rest would hide it
    };
    if (m_openFiles) {
        m_openFiles(filter, attach);
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Attach images"), {}, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, attach);
    dialog->open(); // not exec(): the event loop keeps running
}

bool AttachmentBar::offersImages(const QMimeData* mime) {
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            return true;
    return false;
}

bool AttachmentBar::take(const QMimeData* mime) {
    if (!offersImages(mime))
        return false;
    QStringList files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty()) { // the file's own bytes: a JPEG stays a JPEG
        for (const QString& path : files)
            if (!m_attachments->addFile(path))
                break;
        return true;
    }
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        png.clear();
    m_attachments->addBytes(png, tr("pasted image"));
    return true;
}

void AttachmentBar::watch(QPlainTextEdit* editor) {
    m_editor = editor;
    m_viewport = editor->viewport();
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
}

bool AttachmentBar::eventFilter(QObject* watched, QEvent* event) {
    if (!m_editor)
        return false;
    if (watched == m_editor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste))
        return take(QGuiApplication::clipboard()->mimeData());
    if (watched != m_viewport)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!offersImages(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        if (!take(drop->mimeData()))
            return false;
        drop->acceptProposedAction();
        return true;
    }
    return false;
}

} // namespace ik
