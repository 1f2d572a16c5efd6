#include "keychainlabel.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMetaObject>
#include <QStringList>

#include <memory>

namespace ik {

namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");

void setLabel(const QList<QDBusObjectPath>& items, const QString& label,
              const std::function<void()>& done) {
    if (items.isEmpty()) {
        done();
        return;
    }
    auto remaining = std::make_shared<int>(int(items.size()));
    for (const QDBusObjectPath& item : items) {
        QDBusMessage set = QDBusMessage::createMethodCall(
            kSecrets, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Set"));
        set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
            << QVariant::fromValue(QDBusVariant(label));
        auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(set));
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished,
                         [remaining, done](QDBusPendingCallWatcher* w) {
                             w->deleteLater();
                             if (--*remaining == 0)
                                 done();
                         });
    }
}

} // namespace

QString keychainLabel(const QString& account) {
    const QStringList parts = account.split(u'/');
    if (parts.size() == 3 && parts[0] == u"control")
        return QStringLiteral("InferenceKey control token for %1 on %2").arg(parts[2], parts[1]);
    if (parts.size() == 3)
        return QStringLiteral("InferenceKey key for %1/%2 on %3").arg(parts[1], parts[2], parts[0]);
    return QStringLiteral("InferenceKey key for %1").arg(account);
}

void relabelKeychainItem(const QString& service, const QString& account,
                         std::function<void()> done) {
    auto finish = [done = std::move(done)] {
        if (done)
            QMetaObject::invokeMethod(QCoreApplication::instance(), done, Qt::QueuedConnection);
    };
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish();
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>(); // a{ss}
    Q_UNUSED(registered);
    // The attributes QtKeychain's libsecret backend stores (schema org.qt.keychain).
    QDBusMessage search = QDBusMessage::createMethodCall(
        kSecrets, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes{{QStringLiteral("user"), account},
                                            {QStringLiteral("server"), service}};
    search << QVariant::fromValue(attributes);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(search));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished,
                     [label = keychainLabel(account), finish](QDBusPendingCallWatcher* w) {
                         w->deleteLater();
                         QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply =
                             *w;
                         if (reply.isError()) {
                             finish();
                             return;
                         }
                         setLabel(reply.argumentAt<0>(), label, finish);
                     });
}

} // namespace ik
