#pragma once
// "Import workloads from project…": a control token, one GET of the project's workload list,
// checkboxes, and the chosen workloads added (their keys are asked for one by one later).

#include "controlplane.h"
#include "workloads.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

namespace ik::ui {

class KeyField;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(QNetworkAccessManager* nam, const QString& baseUrl, const QString& project,
                 QWidget* parent = nullptr);

    void setToken(const QString& token, bool remembered);
    QString baseUrl() const;
    QString project() const;
    QString token() const;
    bool rememberToken() const;
    QList<Workload> chosen() const; // the ticked rows as workloads (new ids)
    void list();                    // what "List workloads" does

signals:
    void listedCount(int count);

private:
    void nameWidgets();
    void buildLayout();
    void connectWidgets();
    void showListed(const QList<RemoteWorkload>& rows);
    void updateButtons();
    void forgetRememberedTokenIfMoved();

    ControlPlaneClient* m_client;
    QLineEdit* m_baseUrl;
    QLineEdit* m_project;
    KeyField* m_token;
    QCheckBox* m_remember;
    QPushButton* m_list;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_add;
    QList<RemoteWorkload> m_rows;
    QString m_listedBase, m_listedProject;
    // Where the token read from the keychain was remembered for: it goes nowhere else.
    bool m_tokenRemembered = false;
    bool m_settingToken = false;
    QString m_tokenBase, m_tokenProject;
};

} // namespace ik::ui
