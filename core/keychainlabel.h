#pragma once
// A readable label for a keychain entry. QtKeychain 0.13 labels every Secret Service item with
// the bare service name ("ik-playground"), so a keyring manager lists a column of identical
// entries; this names what each one is for and relabels the item over D-Bus after each write.

#include <QString>
#include <functional>

namespace ik {

// "InferenceKey key for acme/support-bot on api.inferencekey.com", or for a control token
// account ("control/<host>/<project>") "InferenceKey control token for acme on <host>".
QString keychainLabel(const QString& account);

// Sets the label of the Secret Service item QtKeychain wrote for (service, account); calls done
// from the event loop when finished, whatever the outcome (a label is a courtesy: no Secret
// Service, another keychain backend or a locked item leaves QtKeychain's label as it was).
void relabelKeychainItem(const QString& service, const QString& account,
                         std::function<void()> done);

} // namespace ik
