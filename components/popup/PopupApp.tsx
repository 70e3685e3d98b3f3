export function PopupApp() {
  return (
    <main>
      <h1>Template Lens</h1>
      <p>Open a template in WhatsApp Manager to see its predicted category and cost.</p>
    </main>
  );
}
