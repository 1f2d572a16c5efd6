#pragma once
// The Parameters page's "Response format" group, beside the tools: none, a JSON object, or a
// JSON schema with its name, strict, and the schema text checked as typed (responseformatspec.h),
// the mistake underlined where it is.

#include "responseformatspec.h"

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ik {

class ResponseFormatEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit ResponseFormatEditor(QWidget* parent = nullptr);

    const ResponseFormatCheck& check() const { return m_check; }
    QString status() const; // what the line under the schema says
    void setType(ResponseFormat::Type type);
    void setSchema(const QString& name, const QString& text, bool strict);
    // What a request carries; false (and the reason) while the schema is not valid.
    bool applyTo(ChatRequest* request, QString* why) const;

    // The draft's form: {"type": "none"|"json_object"|"json_schema", "name", "schema" (the
    // text as typed), "strict"}.
    QJsonObject toDraft() const;
    void setFromDraft(const QJsonObject& draft);

signals:
    void changed();

private:
    void recheck();
    QComboBox* m_type;
    QLineEdit* m_name;
    QCheckBox* m_strict;
    QPlainTextEdit* m_schema;
    QLabel* m_status;
    QFormLayout* m_form;
    ResponseFormatCheck m_check;
};

} // namespace ik
