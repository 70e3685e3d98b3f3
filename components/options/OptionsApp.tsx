export function OptionsApp() {
  return (
    <main>
      <h1>Template Lens options</h1>
      <p>Rate tables and preferences.</p>
    </main>
  );
}
