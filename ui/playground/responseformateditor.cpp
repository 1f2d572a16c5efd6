#include "responseformateditor.h"

#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

QString typeName(ResponseFormat::Type type) {
    switch (type) {
    case ResponseFormat::Type::None:
        return u"none"_s;
    case ResponseFormat::Type::JsonObject:
        return u"json_object"_s;
    case ResponseFormat::Type::JsonSchema:
        return u"json_schema"_s;
    }
    return {};
}

} // namespace

ResponseFormatEditor::ResponseFormatEditor(QWidget* parent)
    : QGroupBox(tr("Response format"), parent), m_type(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_strict(new QCheckBox(tr("strict"), this)),
      m_schema(new QPlainTextEdit(this)), m_status(new QLabel(this)) {
    setObjectName(u"responseFormatEditor"_s);
    m_type->setObjectName(u"responseFormatType"_s);
    m_type->setAccessibleName(tr("Response format"));
    m_type->addItem(tr("none (plain text)"), int(ResponseFormat::Type::None));
    m_type->addItem(tr("JSON object"), int(ResponseFormat::Type::JsonObject));
    m_type->addItem(tr("JSON schema"), int(ResponseFormat::Type::JsonSchema));
    m_name->setObjectName(u"responseFormatName"_s);
    m_name->setAccessibleName(tr("Schema name"));
    m_name->setPlaceholderText(tr("e.g. order"));
    m_strict->setObjectName(u"responseFormatStrict"_s);
    m_strict->setChecked(true);
    m_schema->setObjectName(u"responseFormatSchema"_s);
    m_schema->setAccessibleName(tr("JSON schema"));
    m_schema->setTabChangesFocus(true);
    m_schema->setPlaceholderText(tr("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": "
                                    "\"string\"}}, \"required\": [\"city\"]}"));
    m_schema->setMaximumHeight(m_schema->fontMetrics().lineSpacing() * 8 + 12);
    m_status->setObjectName(u"responseFormatStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(0, 0, 0, 0);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_strict);
    // One form, so the labels line up; the schema's rows show for a JSON schema only.
    m_form = new QFormLayout(this);
    m_form->addRow(tr("Answer as"), m_type);
    m_form->addRow(tr("Name"), nameRow);
    m_form->addRow(tr("Schema"), m_schema);
    m_form->addRow(m_status);
    const auto edited = [this] {
        recheck();
        emit changed();
    };
    connect(m_type, &QComboBox::activated, this, edited);
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_strict, &QCheckBox::toggled, this, edited);
    connect(m_schema, &QPlainTextEdit::textChanged, this, edited);
    recheck();
}

QString ResponseFormatEditor::status() const {
    return m_status->text();
}

void ResponseFormatEditor::setType(ResponseFormat::Type type) {
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(type))));
    recheck();
}

void ResponseFormatEditor::setSchema(const QString& name, const QString& text, bool strict) {
    m_name->setText(name);
    m_strict->setChecked(strict);
    if (text != m_schema->toPlainText())
        m_schema->setPlainText(text);
    recheck();
}

void ResponseFormatEditor::recheck() {
    const auto type = ResponseFormat::Type(m_type->currentData().toInt());
    m_form->setRowVisible(1, type == ResponseFormat::Type::JsonSchema);
    m_form->setRowVisible(2, type == ResponseFormat::Type::JsonSchema);
    m_check =
        checkResponseFormat(type, m_name->text(), m_schema->toPlainText(), m_strict->isChecked());
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_check.ok() && m_check.line > 0) {
        // The place itself, underlined, as the tools field does.
        QTextEdit::ExtraSelection mark;
        QTextCursor at(m_schema->document()->findBlockByNumber(m_check.line - 1));
        at.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, m_check.column - 1);
        at.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        mark.cursor = at;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(theme::toneHue(theme::Tone::Error));
        marks << mark;
    }
    m_schema->setExtraSelections(marks);
    m_status->setText(responseFormatStatus(m_check));
    theme::setTextTone(m_status, !m_check.ok()                  ? theme::Tone::Error
                                 : m_check.notChecked.isEmpty() ? theme::Tone::Ok
                                                                : theme::Tone::Warn);
}

bool ResponseFormatEditor::applyTo(ChatRequest* request, QString* why) const {
    if (!m_check.ok()) {
        *why = tr("The response format is not valid: %1").arg(m_check.error);
        return false;
    }
    request->responseFormat = m_check.format;
    return true;
}

QJsonObject ResponseFormatEditor::toDraft() const {
    return {{u"type"_s, typeName(ResponseFormat::Type(m_type->currentData().toInt()))},
            {u"name"_s, m_name->text()},
            {u"schema"_s, m_schema->toPlainText()},
            {u"strict"_s, m_strict->isChecked()}};
}

void ResponseFormatEditor::setFromDraft(const QJsonObject& draft) {
    const QString type = draft.value(u"type"_s).toString();
    setSchema(draft.value(u"name"_s).toString(), draft.value(u"schema"_s).toString(),
              draft.value(u"strict"_s).toBool(true));
    setType(type == u"json_schema"_s   ? ResponseFormat::Type::JsonSchema
            : type == u"json_object"_s ? ResponseFormat::Type::JsonObject
                                       : ResponseFormat::Type::None);
}

} // namespace ik
