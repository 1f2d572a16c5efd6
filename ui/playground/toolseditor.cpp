#include "toolseditor.h"

#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

// The choice box's data: a mode, or a function's name for Mode::Function.
QVariant choiceData(ToolChoice::Mode mode, const QString& name = {}) {
    return QStringList{QString::number(int(mode)), name};
}

} // namespace

ToolsEditor::ToolsEditor(QWidget* parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_choice(new QComboBox(this)), m_parallel(new QComboBox(this)) {
    setObjectName(u"toolsEditor"_s);
    m_text->setObjectName(u"tools"_s);
    m_text->setAccessibleName(tr("Tools (JSON)"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("Tools the model may call, a JSON array, e.g.\n[{\"type\": \"function\", \"function\": "
           "{\"name\": \"get_weather\", \"parameters\": {\"type\": \"object\", \"properties\": "
           "{\"city\": {\"type\": \"string\"}}}}}]"));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 8 + 12);
    m_status->setObjectName(u"toolsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_choice->setObjectName(u"toolChoice"_s);
    m_choice->setAccessibleName(tr("Tool choice"));
    m_parallel->setObjectName(u"parallelToolCalls"_s);
    m_parallel->setAccessibleName(tr("Parallel tool calls"));
    m_parallel->addItem(tr("server default"));
    m_parallel->addItem(tr("allowed"), true);
    m_parallel->addItem(tr("one at a time"), false);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Tools"), m_text);
    form->addRow(QString(), m_status);
    form->addRow(tr("Tool choice"), m_choice);
    form->addRow(tr("Parallel calls"), m_parallel);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        recheck();
        emit changed();
    });
    connect(m_choice, &QComboBox::activated, this, &ToolsEditor::changed);
    connect(m_parallel, &QComboBox::activated, this, &ToolsEditor::changed);
    recheck();
}

QString ToolsEditor::text() const {
    return m_text->toPlainText();
}

void ToolsEditor::setText(const QString& text) {
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
}

QString ToolsEditor::status() const {
    return m_status->text();
}

void ToolsEditor::recheck() {
    m_check = checkTools(m_text->toPlainText());
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_check.ok() && m_check.line > 0) {
        // The place itself, underlined, so a long array need not be searched by eye.
        QTextEdit::ExtraSelection mark;
        QTextCursor at(m_text->document()->findBlockByNumber(m_check.line - 1));
        at.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, m_check.column - 1);
        at.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        mark.cursor = at;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(theme::toneHue(theme::Tone::Error));
        marks << mark;
    }
    m_text->setExtraSelections(marks);
    if (!m_check.ok())
        m_status->setText(tr("Not valid, nothing is sent until fixed: %1").arg(m_check.error));
    else if (m_check.empty)
        m_status->setText(tr("No tools: the request offers none."));
    else
        m_status->setText(tr("%n tool(s): %1", nullptr, int(m_check.names.size()))
                              .arg(m_check.names.join(u", "_s)));
    theme::setTextTone(m_status, m_check.ok() ? theme::Tone::Ok : theme::Tone::Error);
    refreshChoices();
}

void ToolsEditor::refreshChoices() {
    const ToolChoice keep = choice();
    m_choice->clear();
    m_choice->addItem(tr("server default"), choiceData(ToolChoice::Mode::Unset));
    m_choice->addItem(u"auto"_s, choiceData(ToolChoice::Mode::Auto));
    m_choice->addItem(u"none"_s, choiceData(ToolChoice::Mode::None));
    m_choice->addItem(u"required"_s, choiceData(ToolChoice::Mode::Required));
    for (const QString& name : std::as_const(m_check.names))
        m_choice->addItem(tr("only %1").arg(name), choiceData(ToolChoice::Mode::Function, name));
    setChoice(keep);
}

ToolChoice ToolsEditor::choice() const {
    const QStringList data = m_choice->currentData().toStringList();
    ToolChoice out;
    if (data.size() == 2) {
        out.mode = ToolChoice::Mode(data[0].toInt());
        out.function = data[1];
    }
    return out;
}

void ToolsEditor::setChoice(const ToolChoice& choice) {
    const int at = m_choice->findData(choiceData(choice.mode, choice.function));
    m_choice->setCurrentIndex(std::max(at, 0));
}

std::optional<bool> ToolsEditor::parallel() const {
    const QVariant v = m_parallel->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

bool ToolsEditor::applyTo(ChatRequest* request, QString* why) const {
    if (!m_check.ok()) {
        *why = tr("The tools are not valid: %1").arg(m_check.error);
        return false;
    }
    if (m_check.empty)
        return true;
    request->tools = m_check.json;
    request->toolChoice = choice();
    request->parallelToolCalls = parallel();
    return true;
}

} // namespace ik
