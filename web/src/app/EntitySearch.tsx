import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The header's search box: names or identifiers, answered on the search page. */
export function EntitySearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const q = text.trim();
    if (q !== '') void navigate(`/search?q=${encodeURIComponent(q)}`);
  }

  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
      />
      <button type="submit" className="button button--small">
        {t('search.submit')}
      </button>
    </form>
  );
}
