// The playground's images: the attachment bar under the prompt, and the user turn that carries
// the prompt's text with the attached images (sent as content parts: wire.h).
#include "playgroundview.h"

#include "attachmentbar.h"
#include "attachments.h"

#include <QPlainTextEdit>

using namespace Qt::Literals::StringLiterals;

namespace ik {

QWidget* PlaygroundView::buildAttachmentBar(QWidget* parent) {
    m_attachments = new Attachments(this);
    m_attachmentBar = new AttachmentBar(m_attachments, parent);
    m_attachmentBar->watch(m_prompt);
    return m_attachmentBar;
}

void PlaygroundView::setOpenImagesHook(OpenFilesHook hook) {
    m_attachmentBar->setOpenFilesHook(std::move(hook));
}

// A reopened run's last user turn goes back to the composer: its text to the prompt, its images
// (loaded by History::load) to the attachments, checked again like any other.
void PlaygroundView::restoreAttachments(const QList<ChatImage>& images) {
    m_attachments->clear();
    for (qsizetype i = 0; i < images.size(); ++i)
        if (images[i].loaded())
            m_attachments->addBytes(images[i].bytes, tr("image %1 from history").arg(i + 1));
}

ChatMessage PlaygroundView::promptMessage() const {
    ChatMessage m{u"user"_s, prompt()};
    m.images = m_attachments->images();
    return m;
}

} // namespace ik
