#include "toolcallcards.h"

#include "theme.h"
#include "toolcalls.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ik {

ToolCallCards::ToolCallCards(ToolCallsModel* model, QWidget* parent)
    : QFrame(parent), m_model(model), m_heading(new QLabel(this)), m_cardsLayout(new QVBoxLayout),
      m_note(new QLabel(this)), m_send(new QPushButton(tr("Send results"), this)) {
    setObjectName(u"toolCallCards"_s);
    setAccessibleName(tr("Tool calls"));
    m_heading->setObjectName(u"toolCallsHeading"_s);
    m_note->setObjectName(u"toolCallsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    theme::setTextTone(m_note, theme::Tone::Warn);
    m_note->hide();
    m_send->setObjectName(u"sendToolResults"_s);
    m_send->setToolTip(tr("Append a tool message with each result and continue the run"));
    connect(m_send, &QPushButton::clicked, this, &ToolCallCards::sendRequested);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(6);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_note, 1);
    footer->addStretch(0);
    footer->addWidget(m_send, 0, Qt::AlignTop | Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(m_cardsLayout);
    layout->addLayout(footer);
    connect(model, &QAbstractItemModel::modelReset, this, &ToolCallCards::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ToolCallCards::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    refresh(row);
                refreshButtons();
            });
    connect(model, &ToolCallsModel::callsChecked, this, &ToolCallCards::refreshButtons);
    rebuild();
}

void ToolCallCards::setBusy(bool busy) {
    m_busy = busy;
    refreshButtons();
}

void ToolCallCards::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ToolCallCards::note() const {
    return m_note->text();
}

void ToolCallCards::rebuild() {
    for (const Card& c : std::as_const(m_cards))
        delete c.frame;
    m_cards.clear();
    for (int row = 0; row < m_model->count(); ++row) {
        m_cards.append(makeCard(row));
        m_cardsLayout->addWidget(m_cards.last().frame);
        refresh(row);
    }
    setNote({});
    m_heading->setText(tr("The model called %n tool(s): answer each call, then send the results.",
                          nullptr, m_model->count()));
    setVisible(m_model->count() > 0);
    refreshButtons();
}

ToolCallCards::Card ToolCallCards::makeCard(int row) {
    Card c;
    c.frame = new QFrame(this);
    c.frame->setObjectName(u"toolCallCard"_s);
    c.frame->setFrameShape(QFrame::StyledPanel);
    c.title = new QLabel(c.frame);
    c.title->setObjectName(u"toolCallTitle"_s);
    c.title->setTextFormat(Qt::PlainText);
    c.arguments = new QLabel(c.frame);
    c.arguments->setObjectName(u"toolCallArguments"_s);
    c.arguments->setTextFormat(Qt::PlainText);
    c.arguments->setWordWrap(true);
    c.arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    c.arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    c.status = new QLabel(c.frame);
    c.status->setObjectName(u"toolCallStatus"_s);
    c.status->setTextFormat(Qt::PlainText);
    c.status->setWordWrap(true);
    c.result = new QPlainTextEdit(c.frame);
    c.result->setObjectName(u"toolCallResult"_s);
    c.result->setAccessibleName(tr("Result of the call"));
    c.result->setPlaceholderText(tr("The result to send back, e.g. {\"temp\": 21}"));
    c.result->setTabChangesFocus(true);
    c.result->setMaximumHeight(c.result->fontMetrics().lineSpacing() * 2 + 14);
    connect(c.result, &QPlainTextEdit::textChanged, this,
            [this, row, edit = c.result] { m_model->setResult(row, edit->toPlainText()); });
    c.canned = new QPushButton(tr("Auto-answer with this"), c.frame);
    c.canned->setObjectName(u"toolCallCanned"_s);
    c.canned->setToolTip(tr("Keep this result for the tool: later calls to it are answered "
                            "with it"));
    connect(c.canned, &QPushButton::clicked, this, [this, row] { m_model->useAsCanned(row); });
    auto* cannedRow = new QHBoxLayout;
    cannedRow->addWidget(c.canned);
    cannedRow->addStretch(1);
    auto* layout = new QVBoxLayout(c.frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(c.title);
    layout->addWidget(c.arguments);
    layout->addWidget(c.status);
    layout->addWidget(c.result);
    layout->addLayout(cannedRow);
    return c;
}

void ToolCallCards::refresh(int row) {
    if (row < 0 || row >= m_cards.size())
        return;
    const Card& c = m_cards[row];
    const ToolCall call = m_model->call(row);
    c.title->setText(u"%1 · %2"_s.arg(call.name.isEmpty() ? u"?"_s : call.name,
                                      call.id.isEmpty() ? tr("no id") : call.id));
    c.arguments->setText(call.arguments.isEmpty() ? tr("(no arguments)") : call.arguments);
    c.status->setText(m_model->statusText(row));
    const ToolCallCheck::Status status = m_model->check(row).status;
    theme::setTextTone(c.status, status == ToolCallCheck::Status::Ok          ? theme::Tone::Ok
                                 : status == ToolCallCheck::Status::Streaming ? theme::Tone::Warn
                                                                              : theme::Tone::Error);
    if (c.result->toPlainText() != m_model->result(row)) {
        const QSignalBlocker quiet(c.result);
        c.result->setPlainText(m_model->result(row));
    }
    c.canned->setEnabled(!m_model->result(row).trimmed().isEmpty());
}

void ToolCallCards::refreshButtons() {
    m_send->setEnabled(!m_busy && m_model->isComplete() && m_model->count() > 0);
    for (int row = 0; row < m_cards.size(); ++row)
        m_cards[row].result->setReadOnly(m_busy);
}

} // namespace ik
