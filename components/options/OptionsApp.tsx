export function OptionsApp() {
  return (
    <main>
      <h1>Formlotse – Einstellungen</h1>
      <p>Ihr Profil bleibt verschlüsselt auf diesem Gerät.</p>
    </main>
  );
}
