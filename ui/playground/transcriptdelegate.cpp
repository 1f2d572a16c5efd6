#include "transcriptdelegate.h"

#include "theme.h"
#include "transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kMarkdownLimit = 100000; // as the answer view: longer text shows raw
constexpr int kReasoningPreview = 400;

QString roleTitle(const QString& role) {
    if (role == u"user")
        return QObject::tr("You");
    if (role == u"assistant")
        return QObject::tr("Assistant");
    return role;
}

QString footerText(const QModelIndex& index) {
    QStringList parts;
    const QString reasoning = index.data(TranscriptModel::ReasoningRole).toString();
    if (!reasoning.isEmpty()) {
        QString line = reasoning.left(kReasoningPreview).simplified();
        if (reasoning.size() > kReasoningPreview)
            line += u"…"_s;
        parts << QObject::tr("Thinking: %1").arg(line);
    }
    const QString calls = index.data(TranscriptModel::ToolCallsRole).toString();
    if (!calls.isEmpty())
        parts << QObject::tr("Tool calls:\n%1").arg(calls);
    const QString metrics = index.data(TranscriptModel::MetricsRole).toString();
    if (!metrics.isEmpty())
        parts << metrics;
    return parts.join(u'\n');
}

} // namespace

struct TranscriptDelegate::Entry {
    QString text;
    bool raw = false;
    QString footer;
    QFont font;
    int width = -1;
    QTextDocument body;
    QTextDocument foot;
};

TranscriptDelegate::TranscriptDelegate(QObject* parent) : QStyledItemDelegate(parent) {}
TranscriptDelegate::~TranscriptDelegate() = default;

void TranscriptDelegate::forget() {
    m_cache.clear();
}

TranscriptDelegate::Entry& TranscriptDelegate::entry(const QModelIndex& index, int width,
                                                     const QFont& font) const {
    const int id = index.data(TranscriptModel::TurnIdRole).toInt();
    std::shared_ptr<Entry>& slot = m_cache[id];
    const QString text = index.data(TranscriptModel::TextRole).toString();
    const bool raw = index.data(TranscriptModel::RawRole).toBool() ||
                     !index.data(TranscriptModel::FinalRole).toBool() ||
                     text.size() > kMarkdownLimit;
    const QString footer = footerText(index);
    if (!slot || slot->text != text || slot->raw != raw || slot->font != font) {
        slot = std::make_shared<Entry>();
        slot->text = text;
        slot->raw = raw;
        slot->font = font;
        slot->body.setDefaultFont(font);
        slot->body.setUndoRedoEnabled(false);
        if (raw)
            slot->body.setPlainText(text);
        else
            slot->body.setMarkdown(text);
        ++m_built;
    }
    if (slot->footer != footer || slot->width < 0) {
        slot->footer = footer;
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.9);
        slot->foot.setDefaultFont(small);
        slot->foot.setPlainText(footer);
        slot->width = -1;
    }
    if (slot->width != width) {
        slot->width = width;
        slot->body.setTextWidth(width);
        slot->foot.setTextWidth(width);
    }
    return *slot;
}

QString TranscriptDelegate::actionText(TurnAction action, const QModelIndex& index) {
    switch (action) {
    case TurnAction::Previous:
        return u"‹"_s;
    case TurnAction::Next:
        return u"›"_s;
    case TurnAction::Siblings:
        return u"%1/%2"_s.arg(index.data(TranscriptModel::SiblingIndexRole).toInt())
            .arg(index.data(TranscriptModel::SiblingCountRole).toInt());
    case TurnAction::Raw:
        return index.data(TranscriptModel::RawRole).toBool() ? tr("Markdown") : tr("Raw");
    case TurnAction::Copy:
        return tr("Copy");
    case TurnAction::Edit:
        return tr("Edit");
    case TurnAction::Branch:
        return tr("Edit as branch");
    case TurnAction::Regenerate:
        return tr("Regenerate");
    case TurnAction::Fork:
        return tr("Fork");
    case TurnAction::Delete:
        return tr("Delete");
    }
    return {};
}

QList<std::pair<TurnAction, QRect>>
TranscriptDelegate::actionRects(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QList<TurnAction> actions;
    if (index.data(TranscriptModel::SiblingCountRole).toInt() > 1)
        actions << TurnAction::Previous << TurnAction::Siblings << TurnAction::Next;
    actions << TurnAction::Raw << TurnAction::Copy << TurnAction::Edit;
    if (index.data(TranscriptModel::RoleRole).toString() == u"user")
        actions << TurnAction::Branch;
    actions << TurnAction::Regenerate << TurnAction::Fork << TurnAction::Delete;
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    // Links that would run into the role's title are left out, the leftmost first: a narrow
    // transcript or a language with longer words keeps the title readable, and every action
    // stays in the turn's context menu.
    const int left = option.rect.left() + kMargin +
                     QFontMetrics(bold).horizontalAdvance(
                         roleTitle(index.data(TranscriptModel::RoleRole).toString())) +
                     kMargin;
    QList<std::pair<TurnAction, QRect>> out;
    int right = option.rect.right() - kMargin;
    const int top = option.rect.top() + kGap;
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        const int w = fm.horizontalAdvance(actionText(*it, index)) + 2 * kGap;
        if (right - w + 1 < left)
            break;
        out.prepend({*it, QRect(right - w + 1, top, w, fm.height() + kGap)});
        right -= w + kGap;
    }
    return out;
}

void TranscriptDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QPalette& pal = option.palette;
    const bool user = index.data(TranscriptModel::RoleRole).toString() == u"user";
    painter->save();
    const QRect card = option.rect.adjusted(2, 2, -2, -2);
    painter->fillRect(card, user ? pal.alternateBase() : pal.base());
    if (option.state & QStyle::State_HasFocus || option.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.highlight(), 2));
        painter->drawRect(card.adjusted(1, 1, -1, -1));
    }
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const int headerTop = option.rect.top() + kGap;
    painter->drawText(
        QRect(option.rect.left() + kMargin, headerTop, option.rect.width() / 3, fm.height() + kGap),
        Qt::AlignLeft | Qt::AlignVCenter,
        roleTitle(index.data(TranscriptModel::RoleRole).toString()));
    painter->setFont(option.font);
    // The actions are links on the turn under the mouse or the keyboard, quiet on the others.
    const bool active =
        option.state & (QStyle::State_MouseOver | QStyle::State_HasFocus | QStyle::State_Selected);
    const QColor back = (user ? pal.alternateBase() : pal.base()).color();
    const QColor muted = theme::withContrast(pal.color(QPalette::PlaceholderText), back);
    painter->setPen(active ? theme::withContrast(pal.color(QPalette::Link), back) : muted);
    for (const auto& [action, rect] : actionRects(option, index))
        painter->drawText(rect, Qt::AlignCenter, actionText(action, index));

    const int width = qMax(50, option.rect.width() - 2 * kMargin);
    Entry& e = entry(index, width, option.font);
    const int bodyTop = headerTop + fm.height() + 2 * kGap;
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = pal;
    ctx.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
    painter->translate(option.rect.left() + kMargin, bodyTop);
    painter->setClipRect(QRect(0, 0, width, int(e.body.size().height())));
    e.body.documentLayout()->draw(painter, ctx);
    if (!e.footer.isEmpty()) {
        painter->translate(0, e.body.size().height() + kGap);
        painter->setClipRect(QRect(0, 0, width, int(e.foot.size().height())));
        ctx.palette.setColor(QPalette::Text, muted);
        e.foot.documentLayout()->draw(painter, ctx);
    }
    painter->restore();
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    const int width = qMax(50, option.rect.width() - 2 * kMargin);
    Entry& e = entry(index, width, option.font);
    const QFontMetrics fm(option.font);
    int h = kGap + fm.height() + 2 * kGap + int(e.body.size().height()) + kMargin;
    if (!e.footer.isEmpty())
        h += kGap + int(e.foot.size().height());
    return {option.rect.width(), h};
}

bool TranscriptDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                     const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton)
            for (const auto& [action, rect] : actionRects(option, index))
                if (rect.contains(mouse->position().toPoint())) {
                    emit actionClicked(action, index.row());
                    return true;
                }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

// Ctrl+Enter saves, as it sends in the prompt box; Enter is a new line, Esc cancels.
bool TranscriptDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ControlModifier) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QWidget* TranscriptDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex&) const {
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(m_editAsBranch ? u"turnBranchEditor"_s : u"turnEditor"_s);
    e->setAccessibleName(m_editAsBranch ? tr("Edit as a new branch") : tr("Edit turn"));
    e->setProperty("asBranch", m_editAsBranch);
    e->setTabChangesFocus(true); // Tab saves and moves on (the delegate's filter), Esc cancels
    return e;
}

void TranscriptDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* e = static_cast<QPlainTextEdit*>(editor);
    if (e->document()->isEmpty())
        e->setPlainText(index.data(TranscriptModel::TextRole).toString());
}

void TranscriptDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const {
    auto* e = static_cast<QPlainTextEdit*>(editor);
    const bool branch = e->property("asBranch").toBool();
    const QString text = e->toPlainText();
    if (branch && text == index.data(TranscriptModel::TextRole).toString())
        return; // unchanged: no new branch
    if (!branch) {
        model->setData(index, text, Qt::EditRole);
        return;
    }
    // A new branch changes the rows while the editor is still closing: after it has closed.
    const QPersistentModelIndex at(index);
    QTimer::singleShot(0, model, [at, text] {
        if (at.isValid())
            const_cast<QAbstractItemModel*>(at.model())
                ->setData(at, text, TranscriptModel::ReviseRole);
    });
}

void TranscriptDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                              const QModelIndex&) const {
    QRect r = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    const int header = option.fontMetrics.height() + 3 * kGap;
    r.setTop(r.top() + header);
    r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 6));
    editor->setGeometry(r);
}

} // namespace ik
