import 'zmp-ui/zaui.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import appConfig from '../app-config.json';
import { AppShell } from './components/AppShell';

// zmp-sdk reads the native header settings from here; Zalo may have set it already.
if (!window.APP_CONFIG) window.APP_CONFIG = appConfig;

const container = document.getElementById('app');
if (container) createRoot(container).render(<AppShell />);
